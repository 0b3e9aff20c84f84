import { h, type FunctionComponent } from 'preact';

/**
 * A component that re-renders only when one of its props changes (shallow comparison), like
 * `preact/compat`'s `memo` without pulling compat into every calculator page.
 */
export function memo<P extends object>(component: FunctionComponent<P>): FunctionComponent<P> {
  function Memoed(this: { props: P; shouldComponentUpdate?: (next: P) => boolean }, props: P) {
    this.shouldComponentUpdate = (next: P) => {
      const keys = Object.keys(next) as (keyof P)[];
      return (
        keys.length !== Object.keys(this.props).length ||
        keys.some((k) => next[k] !== this.props[k])
      );
    };
    return h(component, props);
  }
  return Memoed as FunctionComponent<P>;
}
