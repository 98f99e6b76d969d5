import type { APIRoute, GetStaticPaths } from 'astro';
import { renderPreviewCard } from '../../lib/preview-card-image.ts';
import { cardName, previewCards, type PreviewCard } from '../../lib/preview-cards.ts';
import { getSections } from '../../lib/sections.ts';

/** One link-preview image per shared page, drawn at build time: `og/chair-of-the-gmg.png`. */
export const getStaticPaths = (async () => {
  const sections = await getSections();
  return previewCards(sections).map((card) => ({ params: { card: cardName(card.page) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: PreviewCard }> = async ({ props }) =>
  new Response(new Uint8Array(await renderPreviewCard(props.card)), { headers: { 'content-type': 'image/png' } });
