# SalesBot container: build with the .NET SDK, run on the small ASP.NET Core runtime image as a non-root user.
#   docker build -t salesbot .
#   docker run -p 8080:8080 -v salesbot-data:/data salesbot
# Settings come from environment variables (Slack__SigningSecret=..., ConnectionStrings__SalesBot=...); see README → Container.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
RUN dotnet publish src/SalesBot.Host/SalesBot.Host.csproj -c Release -o /app --no-self-contained

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# /data holds the SQLite file and the Data Protection keys; the runtime image's "app" user (uid 1654) owns it.
RUN mkdir -p /data/keys && chown -R app:app /data
USER app
ENV Urls=http://+:8080 \
    ConnectionStrings__SalesBot="Data Source=/data/salesbot.db" \
    Slack__KeysFolder=/data/keys \
    Logging__Console__FormatterName=json \
    DOTNET_NOLOGO=1
EXPOSE 8080
VOLUME ["/data"]
ENTRYPOINT ["dotnet", "SalesBot.Host.dll"]
