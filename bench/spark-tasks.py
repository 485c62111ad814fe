#!/usr/bin/env python3
"""Where a Spark build's task slots wait, from Spark's event log (plain JSON lines, spark.eventLog.compress=false).

    bench/spark-tasks.py EVENT_LOG CORES

Per stage: tasks, wall, summed task run time, task-thread CPU, GC, the longest task, how busy the slots were, and
the tail (from the moment a slot found no task left to the stage's end). Then the slot-seconds left idle between
the first and the last task: with no task running (the driver alone: merges, broadcasts, collects) and with fewer
tasks than cores (stage tails, one-task stages). bench/spark.sh --event-log writes the logs.
"""
import collections
import json
import sys


def main(path, cores):
    start = end = None
    stages, tasks = {}, collections.defaultdict(list)
    with open(path, encoding='utf-8') as f:
        for line in f:
            e = json.loads(line)
            kind = e['Event']
            if kind == 'SparkListenerApplicationStart':
                start = e['Timestamp']
            elif kind == 'SparkListenerApplicationEnd':
                end = e['Timestamp']
            elif kind == 'SparkListenerStageCompleted':
                stages[e['Stage Info']['Stage ID']] = e['Stage Info']
            elif kind == 'SparkListenerTaskEnd':
                tasks[e['Stage ID']].append(e)
    print('stage  tasks  wall_s   run_s   cpu_s   gc_s  longest_s  busy%  tail_s  name')
    total = collections.Counter()
    for sid in sorted(stages, key=lambda i: stages[i].get('Submission Time', 0)):
        ts = tasks[sid]
        if not ts:
            continue
        s = stages[sid]
        wall = (s['Completion Time'] - s['Submission Time']) / 1000
        metrics = [t['Task Metrics'] for t in ts]
        run = sum(m['Executor Run Time'] for m in metrics) / 1000
        cpu = sum(m['Executor CPU Time'] for m in metrics) / 1e9
        gc = sum(m['JVM GC Time'] for m in metrics) / 1000
        spans = [(t['Task Info']['Finish Time'] - t['Task Info']['Launch Time']) / 1000 for t in ts]
        finished = sorted(t['Task Info']['Finish Time'] for t in ts)
        tail = (finished[-1] - finished[-cores]) / 1000 if len(finished) >= cores else wall
        busy = 100 * sum(spans) / (wall * cores) if wall > 0 else 100
        total.update(wall=wall, run=run, cpu=cpu, gc=gc, tail=tail)
        print(f"{sid:5d}  {len(ts):5d}  {wall:6.1f}  {run:6.1f}  {cpu:6.1f}  {gc:5.1f}  {max(spans):9.1f}  {busy:5.0f}"
              f"  {tail:6.1f}  {s['Stage Name'][:40]}")
    print(f"all    stages {total['wall']:.1f} s, task run {total['run']:.1f} s, task CPU {total['cpu']:.1f} s, "
          f"GC {total['gc']:.1f} s, tails {total['tail']:.1f} s")
    edges = sorted(e for t in (x for ts in tasks.values() for x in ts)
                   for e in ((t['Task Info']['Launch Time'], 1), (t['Task Info']['Finish Time'], -1)))
    running, last, none, fewer = 0, edges[0][0], 0.0, 0.0
    for t, d in edges:
        dt = (t - last) / 1000
        if running == 0:
            none += dt * cores
        elif running < cores:
            fewer += dt * (cores - running)
        running, last = running + d, t
    app = (end - start) / 1000 if start and end else float('nan')
    print(f"app {app:.1f} s, {(edges[0][0] - start) / 1000:.1f} s before the first task; slot-seconds idle between "
          f"the first and the last task: {none:.1f} with no task running, {fewer:.1f} with fewer tasks than cores")


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[2].strip())
    main(sys.argv[1], int(sys.argv[2]))
