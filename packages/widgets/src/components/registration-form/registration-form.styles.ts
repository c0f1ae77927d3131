import { css } from 'lit';

export const styles = css`
  .base {
    display: grid;
    gap: calc(var(--_space) * 2);
    max-inline-size: 48rem;
  }
  .header {
    justify-content: space-between;
    align-items: start;
  }
  h2 {
    margin: 0;
    font-size: 1.35em;
    flex: 1 1 14rem;
    overflow-wrap: anywhere;
  }
  h3 {
    margin: 0;
    font-size: 1.15em;
  }
  .language {
    flex: 0 0 auto;
  }
  .criteria ol {
    margin: var(--_space) 0 0;
    padding-inline-start: 1.5em;
  }
  .criteria li + li {
    margin-block-start: 0.35em;
  }
  .skeleton.block {
    block-size: 24rem;
  }
  .description {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;
