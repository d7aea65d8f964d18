import type { CliIo } from './cliIo.js';

const FLUSH_AT = 1 << 16;

/**
 * Collects output text and writes it in 64 KiB pieces, waiting for stdout to drain, so that a large batch
 * neither makes a million small writes nor piles up in memory when the reader is slow.
 */
export class BufferedOutput {
  private parts: string[] = [];
  private size = 0;

  /** @param io - Where the text goes. */
  constructor(private readonly io: CliIo) {}

  /** Adds text; writes when 64 KiB have gathered. */
  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_AT) await this.flush();
  }

  /** Writes whatever has gathered and waits until stdout can take more. */
  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    this.io.stdout(this.parts.join(''));
    this.parts = [];
    this.size = 0;
    await this.io.drained();
  }
}
