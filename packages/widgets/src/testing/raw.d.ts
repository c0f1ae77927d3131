// Vite's `?raw` imports (the tests read the XLIFF files to check the shown translations).
declare module '*?raw' {
  const text: string;
  export default text;
}
