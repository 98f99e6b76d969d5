import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * A queue that runs its tasks one after another, each in a later turn of the event loop than the
 * one before it ended in. A promise chain alone would run them all in one turn when each task's
 * awaits are of promises (satori's are), and native libraries free what their JavaScript objects
 * held only between turns: a card thread handed 306 cards at once kept resvg-js's pixels for every
 * one, about 4.5 MB a card, until its queue was empty (README, "Link previews").
 * `run` reports its own failures: one that rejected would stop the queue.
 */
export function turnByTurn<Task>(run: (task: Task) => Promise<void>): (task: Task) => void {
  let last = Promise.resolve();
  return (task) => {
    last = last.then(() => nextTurn()).then(() => run(task));
  };
}
