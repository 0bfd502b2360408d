# The server as production runs it (README "Running in production", = `npm run start:prod`): the
# TypeScript compiled once in a build stage, then `node dist/cli.js serve` with NODE_ENV=production
# and only the runtime dependencies (no TypeScript loader in every call). compose.yaml in the README
# builds this file.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev && npm cache clean --force
COPY schema.graphql ./
COPY --from=build /app/dist ./dist
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
# The default store (STORE_URL=sqlite:.data/spotify-graphql.db, relative to /app) needs a folder the
# `node` user may write: /app itself is root's. A volume keeps sessions through a new container; with
# Redis (REDIS_URL or STORE_URL=redis://...) nothing is written here.
RUN mkdir /app/.data && chown node:node /app/.data
VOLUME /app/.data
EXPOSE 4000
USER node
CMD ["node", "dist/cli.js", "serve"]
