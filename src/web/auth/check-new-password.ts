// What a password chosen by a person must be, the same for the CLI and the desk.

export const MIN_PASSWORD = 12;

/** Why PASSWORD will not do, or null when it will. */
export function checkNewPassword(password: string): string | null {
  if (password.length < MIN_PASSWORD) return `the password needs at least ${MIN_PASSWORD} characters`;
  if (password.length > 1024) return 'the password is longer than 1024 characters';
  return null;
}
