import type { Finding } from '../model/diagnostic.js';
import type { AccessProblem } from './source.js';

/** How a problem reads after "cannot read …": what is wrong, never what the file holds. */
export function describeProblem(problem: AccessProblem): string {
  switch (problem.reason) {
    case 'missing':
      return 'no such file';
    case 'not-a-file':
      return problem.what === 'folder' ? 'is a folder, not a file' : `is a ${problem.what === 'fifo' ? 'FIFO (named pipe)' : problem.what}, not a regular file; kefu reads regular files only`;
    case 'link-outside':
      return `is a symbolic link that leads outside the folder being read (${problem.folder}); kefu follows links only within it`;
    case 'too-large':
      return `is larger than ${problem.limit} bytes; not read`;
    case 'denied':
      return 'permission denied';
    case 'name-too-long':
      return 'the path is too long for the file system';
    case 'failed':
      return `the file system refused it (${problem.code})`;
  }
}

/**
 * The finding for a file that could not be read: `file-too-large` for one over the limit,
 * `unreadable` for everything else. It sits at the start of the file and quotes nothing of it.
 */
export function problemFinding(problem: AccessProblem): Finding {
  if (problem.reason === 'too-large') {
    return { code: 'file-too-large', severity: 'error', message: `file is larger than ${problem.limit} bytes (1 MiB); not read`, offset: 0 };
  }
  return { code: 'unreadable', severity: 'error', message: `cannot read the file: ${describeProblem(problem)}`, offset: 0 };
}
