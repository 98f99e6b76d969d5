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
  return String(html);
}
