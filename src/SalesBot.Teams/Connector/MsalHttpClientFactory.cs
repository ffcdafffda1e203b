using Microsoft.Identity.Client;

namespace SalesBot.Teams.Connector;

/// <summary>Lets MSAL use the app's IHttpClientFactory (pooled handlers; tests can swap the handler).</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => factory.CreateClient(TeamsHttpClients.Identity);
}
