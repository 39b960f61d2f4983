// Module types for files the Worker bundles (wrangler.toml [[rules]]).
declare module '*.txt' {
  const text: string;
  export default text;
}
