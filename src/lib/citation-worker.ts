import { workerData } from 'node:worker_threads';
import { pageCitations, type CslItem } from './citation.ts';

// Making an item's citations stores their templates (`citation-preparation.ts`).
for (const item of workerData as CslItem[]) pageCitations(item);
