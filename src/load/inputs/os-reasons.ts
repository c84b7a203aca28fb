// What the operating system said, in words: a raw errno code (EMFILE, EACCES) means nothing to a
// QA auditor, so messages name the problem instead.
const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, expected a case file',
  ENOTDIR: 'a folder in the path is a file',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many files open at once (the system limit on open files)',
  ENFILE: 'too many files open on this system',
  EIO: 'a read error on the disk or device',
  EBUSY: 'the file is busy (locked by another program)',
  ENXIO: 'no such device',
};

export function osReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code ?? '';
  return REASONS[code] ?? 'the operating system refused to open it';
}
