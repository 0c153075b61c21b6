import { secureHeaders } from 'hono/secure-headers';

// Security headers for every response. The CSP allows only our own script and stylesheet (no
// inline script at all), images from us and data: URLs (rendered pages, inline mail images), and
// no remote fetches; mail HTML sits in a sandboxed srcdoc frame that inherits this policy, so
// a remote image or a script in a mail cannot load or run.

export function pageSecurity() {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      frameSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      objectSrc: ["'none'"],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
    strictTransportSecurity: 'max-age=31536000; includeSubDomains',
  });
}
