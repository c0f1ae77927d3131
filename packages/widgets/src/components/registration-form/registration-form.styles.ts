import { css } from 'lit';

export const styles = css`
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
