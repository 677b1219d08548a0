# Switchboard's image: a build stage that installs the dependencies and generates generated/ from spec/, and a slim
# runtime stage with only what `switchboard serve` reads (bin/, src/, generated/, the production node_modules), run
# as an unprivileged user. Node runs the TypeScript sources directly (type stripping), so nothing is compiled.
#
#   docker build -t switchboard .
#   docker run -p 8080:8080/tcp -p 8080:8080/udp -v switchboard-data:/var/lib/switchboard switchboard
#
# The config is /etc/switchboard/switchboard.yaml: the image's own (deploy/image.yaml: SQLite in the data volume)
# unless one is mounted over it (compose.yaml mounts deploy/switchboard.yaml).

FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN node generator/main.ts && npm prune --omit=dev --no-audit --no-fund

FROM node:24-slim
ENV NODE_ENV=production
WORKDIR /app
RUN groupadd --system switchboard \
  && useradd --system --gid switchboard --home-dir /var/lib/switchboard --shell /usr/sbin/nologin switchboard \
  && install -d -o switchboard -g switchboard -m 0700 /var/lib/switchboard
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/bin ./bin
COPY --from=build /app/src ./src
COPY --from=build /app/generated ./generated
COPY deploy/image.yaml /etc/switchboard/switchboard.yaml
USER switchboard
VOLUME ["/var/lib/switchboard"]
EXPOSE 8080/tcp 8080/udp
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8080/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "bin/switchboard.js", "serve", "--config", "/etc/switchboard/switchboard.yaml"]
