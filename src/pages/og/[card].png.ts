import type { APIRoute, GetStaticPaths } from 'astro';
import { previewCardPng } from '../../lib/preview-card-cache.ts';
import { previewCardKey } from '../../lib/preview-card-key.ts';
import { pageCacheKey } from '../../lib/page-cache-key.ts';
import { cardName, previewCards, type PreviewCard } from '../../lib/preview-cards.ts';
import { getSections } from '../../lib/sections.ts';

/** One link-preview image per shared page, drawn at build time (or taken from the cache): `og/chair-of-the-gmg.png`. */
export const getStaticPaths = (async () => {
  const sections = await getSections();
  const cards = previewCards(sections);
  // Starts every card now, so those that need drawing are drawn in parallel while the routes are written one by one.
  for (const card of cards) void previewCardPng(card);
  // The key of what a card shows is also the route's cache key: an unchanged card's file is copied, not even read.
  return Promise.all(cards.map(async (card) => ({ params: { card: cardName(card.page) }, props: { card }, cacheKey: pageCacheKey(await previewCardKey(card)) })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewCard }> = async ({ props }) =>
  new Response(new Uint8Array(await previewCardPng(props.card)), { headers: { 'content-type': 'image/png' } });
