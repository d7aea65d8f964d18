/**
 * The few DOM members that the functions the tests run in the page read. The tests' types have no DOM (adding it to
 * the one tsconfig would type src/ with browser globals), so each such function declares what it reads, as these.
 */
export interface PageElement {
  readonly className: string;
  readonly classList: Iterable<string>;
  readonly dataset: Readonly<Record<string, string | undefined>>;
  readonly parentElement: PageElement | null;
  readonly scrollWidth: number;
  readonly clientWidth: number;
  readonly scrollHeight: number;
  readonly clientHeight: number;
  querySelector(selector: string): PageElement | null;
  closest(selector: string): PageElement | null;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { readonly right: number; readonly bottom: number };
}
