/**
 * What the bench started, stopped in reverse order whatever happens: on
 * success, on an error and on Ctrl-C. A failing step is reported and the others
 * still run.
 */
export class Teardown {
  private readonly steps: Array<{ name: string; run: () => Promise<void> | void }> = [];
  private running?: Promise<void>;

  add(name: string, run: () => Promise<void> | void): void {
    this.steps.push({ name, run });
  }

  runAll(): Promise<void> {
    this.running ??= (async () => {
      while (this.steps.length > 0) {
        const step = this.steps.pop()!;
        try {
          await step.run();
        } catch (error) {
          console.error(`bench: could not ${step.name}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    })();
    return this.running;
  }
}
