import { setFlagsFromString } from 'node:v8';

/**
 * Has V8 compile each regular expression to machine code on its first run,
 * instead of interpreting it until it runs again ("tier-up"). The extractors'
 * rules are regular expressions, and in a process that does other work between
 * two readings V8 lets their compiled code go and interprets them again: a
 * two-page conclusion read after the labelled corpus took 45–53 ms instead of
 * 32 ms, the first reading in a process 430–440 ms instead of 227–228 ms (see
 * BENCHMARKS.md). It applies to the whole process, before any expression runs.
 */
export function compileRegExpsOnFirstRun(): void {
  setFlagsFromString('--no-regexp-tier-up');
}
