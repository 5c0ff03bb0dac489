import { mainThreadProfile } from './cpu-profile-files';

describe('node --cpu-prof files', () => {
  it("picks a process's main-thread profile, not its worker threads' nor another pid's", () => {
    const files = [
      'CPU.20261203.091345.5585.1.002.cpuprofile',
      'CPU.20261203.091338.15585.0.001.cpuprofile',
      'CPU.20261203.091338.5585.0.001.cpuprofile',
      'notes.txt',
    ];
    expect(mainThreadProfile(files, 5585)).toBe('CPU.20261203.091338.5585.0.001.cpuprofile');
    expect(mainThreadProfile(files, 7)).toBeUndefined();
  });
});
