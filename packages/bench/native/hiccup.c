/*
 * How often, and for how long, a core is taken away from a program that wants it all the time.
 *
 *   hiccup <duration_ms> [threshold_us]
 *
 * Spins on CLOCK_MONOTONIC for duration_ms at the ordinary scheduling class (as the servers
 * run) and counts every gap between two successive readings above threshold_us (default 50):
 * each gap is time the core spent elsewhere (an interrupt, a kernel thread, another task, or
 * the hypervisor running something else on the physical CPU). Run it pinned to the servers'
 * core with nothing else there: what it sees is the machine's own floor under every server's
 * latency, whatever the server does.
 *
 * Prints one JSON line: the run's length, the time lost, the number of gaps at or above
 * 0.05, 0.1, 0.25, 0.5, 1, 2, 5 and 10 ms, the longest gap, and the share of a fixed-rate run's
 * requests that would meet a gap of at least 0.5 or 1 ms (gaps' total length over the run's
 * length, the chance that a given instant falls inside one).
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now_us(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec * 1e6 + (double)t.tv_nsec / 1e3;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: hiccup <duration_ms> [threshold_us]\n");
    return 2;
  }
  double duration_us = atof(argv[1]) * 1000.0;
  double threshold_us = argc > 2 ? atof(argv[2]) : 50.0;
  if (!(duration_us > 0) || !(threshold_us > 0)) {
    fprintf(stderr, "hiccup: duration and threshold must be positive numbers\n");
    return 2;
  }
  static const double bounds_us[] = {50, 100, 250, 500, 1000, 2000, 5000, 10000};
  enum { NB = sizeof bounds_us / sizeof bounds_us[0] };
  long counts[NB] = {0};
  double lost_us = 0, longest_us = 0, inside_500 = 0, inside_1000 = 0;
  double start = now_us(), last = start, end = start + duration_us;
  while (last < end) {
    double t = now_us();
    double gap = t - last;
    last = t;
    if (gap < threshold_us) continue;
    lost_us += gap;
    if (gap > longest_us) longest_us = gap;
    if (gap >= 500) inside_500 += gap;
    if (gap >= 1000) inside_1000 += gap;
    for (int i = 0; i < NB; i += 1)
      if (gap >= bounds_us[i]) counts[i] += 1;
  }
  double ran_us = last - start;
  printf("{\"durationMs\":%.1f,\"thresholdUs\":%.0f,\"lostMs\":%.3f,\"longestMs\":%.3f,\"gapsAtLeastMs\":{", ran_us / 1000, threshold_us, lost_us / 1000, longest_us / 1000);
  for (int i = 0; i < NB; i += 1) printf("%s\"%g\":%ld", i ? "," : "", bounds_us[i] / 1000, counts[i]);
  printf("},\"shareInsideGapsAtLeast\":{\"0.5\":%.6f,\"1\":%.6f}}\n", inside_500 / ran_us, inside_1000 / ran_us);
  return 0;
}
