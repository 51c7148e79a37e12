/**
 * Runs an entry point: its resolved number is the exit code; an unexpected error is printed as one
 * line prefixed with the program's name (never a stack trace for people) and exits 1.
 */
export function runMain(main: () => Promise<number>, program = 'archivist'): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(`${program}: ${(e as Error).message}`);
      process.exitCode = 1;
    },
  );
}
