#pragma once
// The benchmark's report: Markdown tables, readable in a terminal and pasted as they are into
// docs/performance.md.

#include <cstdio>
#include <vector>

#include "load_run.h"

namespace meshdesk::bench {

void printMachine(std::FILE* out);
void printShape(std::FILE* out, const MeshShapeOptions& shape, std::uint64_t resourcesBuilt);
void printConnectTable(std::FILE* out, const std::vector<RunFigures>& runs);
void printPushTable(std::FILE* out, const std::vector<RunFigures>& runs);
void printProblems(std::FILE* out, const std::vector<RunFigures>& runs);

}  // namespace meshdesk::bench
