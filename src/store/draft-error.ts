// Why a change to a draft was refused: expected outcomes the web maps to 404 / 409 / 422.

export type DraftErrorCode = 'not-found' | 'version' | 'decided' | 'invalid';

export class DraftError extends Error {
  constructor(
    readonly code: DraftErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DraftError';
  }
}
