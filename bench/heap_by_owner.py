#!/usr/bin/env python3
"""Live heap of the benchmark server per connected proxy, by owner.

Input: heaptrack's stack file of bytes still allocated at exit, from a run with
--server-exit-without-cleanup (the server exits with every proxy connected):

  meshdesk-bench-load -n 1000 --protocol sotw --pushes 1 --server-exit-without-cleanup \
      --server-wrapper "heaptrack -o /tmp/server" --server-start-timeout-s 60
  heaptrack_print -f /tmp/server.zst --flamegraph-cost-type leaked -F /tmp/live.stacks
  bench/heap_by_owner.py /tmp/live.stacks 1000

An allocation belongs to the innermost Meshdesk function on its stack (with the first
non-library callee below it), or else to the innermost gRPC function.
"""
import collections
import re
import sys

LIBRARY = ('std::', 'void std::', 'operator new', '__gnu', '0x', 'start_thread', 'clone',
           'gpr_malloc', 'gpr_realloc', 'gpr_zalloc')


def function(frame):
    return re.sub(r'\s*\(.*$', '', frame.strip()).split('(')[0]


def owner(frames):
    mine = [i for i, f in enumerate(frames) if 'meshdesk::' in f]
    if mine:
        i = mine[-1]
        below = [f for f in frames[i + 1:] if not f.startswith(LIBRARY)]
        return function(frames[i]) + ('  > ' + function(below[-1]) if below else '')
    rest = [f for f in frames if not f.startswith(LIBRARY)]
    return '[grpc/other] ' + function(rest[-1] if rest else frames[-1])


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    path, proxies = sys.argv[1], int(sys.argv[2])
    by_owner = collections.Counter()
    with open(path) as stacks:
        for line in stacks:
            stack, _, cost = line.rstrip().rpartition(' ')
            if not cost.isdigit() or int(cost) == 0:
                continue
            by_owner[owner([f for f in stack.split(';') if f])] += int(cost)
    total = sum(by_owner.values())
    print(f'live heap {total / 2**20:.1f} MiB = {total / 1024 / proxies:.1f} KiB per proxy '
          f'(N={proxies}, includes the server\'s fixed part)')
    for name, cost in by_owner.most_common(25):
        print(f'{cost / 1024 / proxies:8.2f} KiB/proxy  {name[:140]}')


if __name__ == '__main__':
    main()
