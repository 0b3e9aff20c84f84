/** Pattern overlays: every tone after the first also differs by texture, never by colour alone. */
export const TEXTURES = ['', 'diagonal', 'dots', 'cross', 'horizontal', 'diagonal', 'dots'];

/** The SVG pattern definitions a chart's segments and legend swatches refer to. */
export default function Patterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      <pattern
        id={`${prefix}-diagonal`}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <line x1="0" y1="0" x2="0" y2="6" class="texture" />
      </pattern>
      <pattern id={`${prefix}-dots`} width="6" height="6" patternUnits="userSpaceOnUse">
        <circle cx="3" cy="3" r="1.1" class="texture texture--dot" />
      </pattern>
      <pattern
        id={`${prefix}-cross`}
        width="7"
        height="7"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <line x1="0" y1="0" x2="0" y2="7" class="texture" />
        <line x1="0" y1="0" x2="7" y2="0" class="texture" />
      </pattern>
      <pattern id={`${prefix}-horizontal`} width="6" height="5" patternUnits="userSpaceOnUse">
        <line x1="0" y1="2.5" x2="6" y2="2.5" class="texture" />
      </pattern>
      <pattern
        id={`${prefix}-hatch`}
        width="8"
        height="8"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(-45)"
      >
        <line x1="0" y1="0" x2="0" y2="8" class="texture texture--strong" />
      </pattern>
    </defs>
  );
}
