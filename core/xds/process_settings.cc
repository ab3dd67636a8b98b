#include "xds/process_settings.h"

#include <absl/synchronization/mutex.h>

namespace meshdesk::xds {

void skipAbseilDeadlockDetection() {
  absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);
}

}  // namespace meshdesk::xds
