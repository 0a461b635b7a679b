#!/usr/bin/env node
// The reference side of the differential token tests: Microsoft's own Bot Framework validator (npm
// botframework-connector, ChannelValidation.authenticateChannelTokenWithServiceUrl, as the Bot Framework SDK's
// CloudAdapter uses for channel tokens), its OpenID metadata pointed at a loopback channel.
// Usage: node reference-validator.js <cases.json>
//   cases.json: {"metadataUrl","appId","cases":[{"name","authorization","serviceUrl","channelId"}]}
// Prints {"results":[{"name","accepted","reason"}]}.
'use strict';

const fs = require('fs');
const { ChannelValidation, SimpleCredentialProvider } = require('botframework-connector');

async function main() {
  const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  ChannelValidation.OpenIdMetadataEndpoint = input.metadataUrl;
  const credentials = new SimpleCredentialProvider(input.appId, '');
  const results = [];
  for (const c of input.cases) {
    try {
      await ChannelValidation.authenticateChannelTokenWithServiceUrl(c.authorization, credentials, c.serviceUrl, c.channelId);
      results.push({ name: c.name, accepted: true, reason: null });
    } catch (e) {
      results.push({ name: c.name, accepted: false, reason: String(e && e.message || e) });
    }
  }
  process.stdout.write(JSON.stringify({ results }));
}

main().catch(e => { process.stderr.write(String(e && e.stack || e)); process.exitCode = 2; });
