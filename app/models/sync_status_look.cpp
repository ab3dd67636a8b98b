#include "models/sync_status_look.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <array>

namespace meshdesk::app {

using fleet::SyncStatus;

QString SyncStatusLook::label(SyncStatus status) {
  switch (status) {
    case SyncStatus::Synced: return tr("SYNCED");
    case SyncStatus::Stale: return tr("STALE");
    case SyncStatus::Nacked: return tr("NACKED");
    case SyncStatus::NotSent: return tr("NOT SENT");
  }
  return {};
}

QColor SyncStatusLook::color(SyncStatus status) {
  // Dark enough to read as text on a light table background.
  switch (status) {
    case SyncStatus::Synced: return QColor(0x1b, 0x7a, 0x34);
    case SyncStatus::Stale: return QColor(0xa8, 0x62, 0x00);
    case SyncStatus::Nacked: return QColor(0xc0, 0x1c, 0x28);
    case SyncStatus::NotSent: return QColor(0x6e, 0x6e, 0x6e);
  }
  return {};
}

namespace {

QPixmap drawGlyph(SyncStatus status, int size) {
  QPixmap pixmap(size, size);
  pixmap.fill(Qt::transparent);
  QPainter p(&pixmap);
  p.setRenderHint(QPainter::Antialiasing);
  const QColor c = SyncStatusLook::color(status);
  const qreal s = size;
  const QRectF disc(s * 0.08, s * 0.08, s * 0.84, s * 0.84);
  QPen white(Qt::white, s * 0.13, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);

  switch (status) {
    case SyncStatus::Synced: {
      p.setPen(Qt::NoPen);
      p.setBrush(c);
      p.drawEllipse(disc);
      p.setPen(white);
      QPainterPath check;
      check.moveTo(s * 0.28, s * 0.52);
      check.lineTo(s * 0.44, s * 0.68);
      check.lineTo(s * 0.73, s * 0.35);
      p.setBrush(Qt::NoBrush);
      p.drawPath(check);
      break;
    }
    case SyncStatus::Stale: {
      // An hourglass: waiting for the proxy's answer.
      p.setPen(QPen(c, s * 0.1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
      p.setBrush(c.lighter(170));
      QPolygonF glass;
      glass << QPointF(s * 0.22, s * 0.12) << QPointF(s * 0.78, s * 0.12)
            << QPointF(s * 0.5, s * 0.5) << QPointF(s * 0.78, s * 0.88)
            << QPointF(s * 0.22, s * 0.88) << QPointF(s * 0.5, s * 0.5);
      p.drawPolygon(glass);
      break;
    }
    case SyncStatus::Nacked: {
      p.setPen(Qt::NoPen);
      p.setBrush(c);
      p.drawEllipse(disc);
      p.setPen(white);
      p.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68));
      p.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68));
      break;
    }
    case SyncStatus::NotSent: {
      p.setPen(QPen(c, s * 0.1));
      p.setBrush(Qt::NoBrush);
      p.drawEllipse(disc.adjusted(s * 0.06, s * 0.06, -s * 0.06, -s * 0.06));
      p.drawLine(QPointF(s * 0.34, s * 0.5), QPointF(s * 0.66, s * 0.5));
      break;
    }
  }
  return pixmap;
}

}  // namespace

QIcon SyncStatusLook::icon(SyncStatus status) {
  static std::array<QIcon, 4> icons;
  QIcon& icon = icons[static_cast<std::size_t>(status)];
  if (icon.isNull()) {
    for (int size : {16, 24, 32, 48}) icon.addPixmap(drawGlyph(status, size));
  }
  return icon;
}

}  // namespace meshdesk::app
