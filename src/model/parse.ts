import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

/** The one Markdown parser: GFM (tables, task lists, strikethrough) plus YAML or TOML front matter. */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml", "toml"]).freeze();

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
