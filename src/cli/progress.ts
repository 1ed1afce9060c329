import type { Progress } from '../search/types.js';

export interface ProgressBar {
  update: (progress: Progress) => void;
  /** Prints a line above the bar without breaking it. */
  log: (message: string) => void;
  done: () => void;
}

const WIDTH = 28;
/** Redrawing more often than this only costs time on a large reindex. */
const MIN_INTERVAL_MS = 80;

/**
 * A one-line progress bar on a terminal. Off a terminal (a pipe, a CI log) it
 * prints one line per phase instead, so logs stay readable.
 */
export function progressBar(stream: NodeJS.WriteStream): ProgressBar {
  const tty = stream.isTTY === true;
  let lastDraw = 0;
  let drawn = false;
  let lastPhase = '';

  const clear = () => {
    if (drawn) stream.write('\r\x1b[2K');
    drawn = false;
  };

  return {
    update({ phase, done, total }) {
      if (!tty) {
        if (phase !== lastPhase) stream.write(`${phase}…\n`);
        lastPhase = phase;
        return;
      }
      const now = Date.now();
      if (done < total && now - lastDraw < MIN_INTERVAL_MS) return;
      lastDraw = now;
      const ratio = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(ratio * WIDTH);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
      stream.write(`\r\x1b[2K${phase.padEnd(6)} ${bar} ${done}/${total}`);
      drawn = true;
    },
    log(message) {
      clear();
      stream.write(`${message}\n`);
    },
    done() {
      clear();
    },
  };
}
