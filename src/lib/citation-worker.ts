import { workerData } from 'node:worker_threads';
import { inText, reference, STYLES, type CslItem } from './citation.ts';

// One citation of each kind per item: making it stores its template (`citation-preparation.ts`).
for (const item of workerData as CslItem[]) {
  for (const style of STYLES) {
    reference(item, style, 'html');
    inText(item, style);
  }
}
