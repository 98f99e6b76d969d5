import type { APIRoute, GetStaticPaths } from 'astro';
import { previewCardPng } from '../../lib/preview-card-cache.ts';
import { cardName, previewCards, type PreviewCard } from '../../lib/preview-cards.ts';
import { getSections } from '../../lib/sections.ts';

/**
 * The development server's route of the link-preview images, `og/chair-of-the-gmg.png`, drawn on
 * request (or taken from the cache); a build writes them itself (`integrations/preview-cards-ahead.ts`).
 */
export const getStaticPaths = (async () => previewCards(await getSections()).map((card) => ({ params: { card: cardName(card.page) }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewCard }> = async ({ props }) =>
  new Response(new Uint8Array(await previewCardPng(props.card)), { headers: { 'content-type': 'image/png' } });
