import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';

export interface RenderOptions {
  remarkPlugins?: PluggableList;
  rehypePlugins?: PluggableList;
  /** What Astro puts at `file.data.astro.frontmatter`. */
  frontmatter?: Record<string, unknown>;
  path?: string;
}

/** Renders a Markdown string through the same remark-gfm → rehype pipeline the site uses. */
export async function renderMarkdown(markdown: string, options: RenderOptions = {}): Promise<string> {
  return (await renderMarkdownFile(markdown, options)).html;
}

/** As `renderMarkdown`, with the frontmatter as the plugins left it (Astro's `remarkPluginFrontmatter`). */
export async function renderMarkdownFile(
  markdown: string,
  options: RenderOptions = {},
): Promise<{ html: string; frontmatter: Record<string, unknown> }> {
  const file = new VFile({ value: markdown, path: options.path ?? 'content/sections/example.mdx' });
  file.data['astro'] = { frontmatter: options.frontmatter ?? {} };
  const html = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(options.remarkPlugins ?? [])
    .use(remarkRehype, { clobberPrefix: '' })
    .use(options.rehypePlugins ?? [])
    .use(rehypeStringify)
    .process(file);
  const astro = file.data['astro'] as { frontmatter: Record<string, unknown> };
  return { html: String(html), frontmatter: astro.frontmatter };
}
