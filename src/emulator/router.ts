/** Matches request paths against spec templates such as `/v1/albums/{id}`. */

/**
 * The method a request is routed by: HEAD is answered as GET is, with the same status and headers
 * (RFC 9110 §9.3.2), for every GET route (Web API, accounts and control API alike). Node's
 * ServerResponse leaves the body out of an answer to HEAD by itself, keeping its Content-Length.
 */
export function routedMethod(method: string): string {
  return method === 'HEAD' ? 'GET' : method;
}
export interface Route<T> {
  method: string;
  template: string;
  value: T;
}

interface Compiled<T> extends Route<T> {
  segments: string[];
}

export interface Match<T> {
  route: Route<T>;
  params: Record<string, string>;
}

export class Router<T> {
  private readonly routes: Compiled<T>[] = [];

  add(method: string, template: string, value: T): void {
    this.routes.push({ method, template, value, segments: template.split('/') });
  }

  /** Every route, as `METHOD /template` (`GET /v1/albums/{id}`), in the order they were added. */
  names(): string[] {
    return this.routes.map((route) => `${route.method} ${route.template}`);
  }

  /**
   * The route for a method and path; `methodMismatch` is set when the path exists for other methods.
   * Literal segments win over parameters (`/me/player/devices` before `/me/player/{x}`).
   */
  match(method: string, path: string): { match?: Match<T>; methodMismatch: boolean } {
    const parts = path.split('/');
    let best: { match: Match<T>; literals: number } | undefined;
    let methodMismatch = false;
    for (const route of this.routes) {
      if (route.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      let literals = 0;
      let ok = true;
      for (let i = 0; i < parts.length; i++) {
        const segment = route.segments[i]!;
        const part = parts[i]!;
        if (segment.startsWith('{') && segment.endsWith('}')) {
          if (part === '') {
            ok = false;
            break;
          }
          params[segment.slice(1, -1)] = decodeURIComponent(part);
        } else if (segment === part) {
          literals++;
        } else {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (route.method !== method) {
        methodMismatch = true;
        continue;
      }
      if (!best || literals > best.literals) best = { match: { route, params }, literals };
    }
    return best ? { match: best.match, methodMismatch: false } : { methodMismatch };
  }
}
