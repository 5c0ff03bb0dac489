/**
 * The main thread's profile of process `pid` among `node --cpu-prof` files, named
 * CPU.<date>.<time>.<pid>.<thread id>.<sequence>.cpuprofile: a Temporal worker's workflow threads write
 * one each too, and the main thread is thread 0.
 */
export function mainThreadProfile(files: readonly string[], pid: number): string | undefined {
  return files.find((file) => file.endsWith('.cpuprofile') && file.includes(`.${pid}.0.`));
}
