#!/usr/bin/env node
// Builds the Teams app package (the zip "Upload a custom app" takes) from the template in manifests/teams:
// fills in the bot's Microsoft App ID (and the Teams app id, the bot id unless given), the host that serves
// /api/messages as the valid domain, and the version; validates the result with validate-manifest.js --release; and
// writes a zip with manifest.json, the icons and the localisation files at its root. Nothing is written when the
// result would not validate.
// Usage: node package.js --bot-id <GUID> --out <file.zip> [--app-id <GUID>] [--host <host>] [--version <x.y.z>] [--from <folder>]
// Exits 0 when the zip is written, 1 when the manifest does not validate, 2 on bad usage.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { crc32 } = require('./crc32');
const { validateFolder } = require('./validate-manifest');

const GUID = /^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const NIL_GUID = '00000000-0000-0000-0000-000000000000';
const HOST = /^(?:\*\.)?(?=.{1,253}(?::|$))[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+(?::\d{1,5})?$/;
const SEMVER = /^\d+\.\d+\.\d+$/;
const OPTIONS = ['--bot-id', '--app-id', '--host', '--version', '--out', '--from'];

function usage(message) {
  console.error(`package.js: ${message}`);
  console.error('usage: node package.js --bot-id <GUID> --out <file.zip> [--app-id <GUID>] [--host <host>] [--version <x.y.z>] [--from <folder>]');
  process.exit(2);
}

function parseArgs(argv) {
  const values = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!OPTIONS.includes(argv[i])) {
      usage(`unknown argument ${argv[i]}`);
    }
    if (i + 1 >= argv.length) {
      usage(`${argv[i]} needs a value`);
    }
    values[argv[i].slice(2)] = argv[i + 1];
  }
  return values;
}

function checkGuid(name, value) {
  if (!GUID.test(value)) {
    usage(`--${name} '${value}' is not a GUID; use the Microsoft App ID from the Azure Bot's Configuration page`);
  }
  if (value === NIL_GUID) {
    usage(`--${name} is the template placeholder ${NIL_GUID}; use the Microsoft App ID from the Azure Bot's Configuration page`);
  }
}

/** The manifest with the ids, domain and version filled in; templates hold placeholders under .example. */
function fill(manifest, { botId, appId, host, version }) {
  const filled = JSON.parse(JSON.stringify(manifest));
  filled.id = appId.toLowerCase();
  for (const bot of filled.bots || []) {
    bot.botId = botId.toLowerCase();
  }
  const domains = (filled.validDomains || []).filter(d => !/\.example$/i.test(d));
  if (host) {
    domains.push(host.toLowerCase());
  }
  if (domains.length > 0) {
    filled.validDomains = [...new Set(domains)];
  } else {
    delete filled.validDomains;
  }
  if (version) {
    filled.version = version;
  }
  return filled;
}

/** Files of the package besides manifest.json: the icons and the localisation files the manifest names. */
function packageFiles(manifest) {
  const info = manifest.localizationInfo || {};
  return [
    manifest.icons.color,
    manifest.icons.outline,
    ...(manifest.icons.color32x32 ? [manifest.icons.color32x32] : []),
    ...(info.defaultLanguageFile ? [info.defaultLanguageFile] : []),
    ...(info.additionalLanguages || []).map(l => l.file),
  ];
}

/** A zip archive (deflate, fixed 1980-01-01 timestamps so the same input gives the same bytes). */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const compressed = zlib.deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, compressed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args['bot-id']) {
    usage('--bot-id is required: the Microsoft App ID of the Azure Bot');
  }
  if (!args.out) {
    usage('--out is required: where to write the zip');
  }
  checkGuid('bot-id', args['bot-id']);
  const appId = args['app-id'] || args['bot-id'];
  checkGuid('app-id', appId);
  if (args.host && !HOST.test(args.host)) {
    usage(`--host '${args.host}' is not a host name; give the host of the messaging endpoint without https:// or a path, e.g. agentassist.contoso.com`);
  }
  if (args.version && !SEMVER.test(args.version)) {
    usage(`--version '${args.version}' is not major.minor.patch`);
  }

  const from = path.resolve(args.from || path.join(__dirname, '..'));
  const template = JSON.parse(fs.readFileSync(path.join(from, 'manifest.json'), 'utf8'));
  const manifest = fill(template, { botId: args['bot-id'], appId, host: args.host, version: args.version });
  const files = packageFiles(manifest);

  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'agentassist-teams-'));
  try {
    const manifestJson = Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8');
    fs.writeFileSync(path.join(staging, 'manifest.json'), manifestJson);
    const entries = [{ name: 'manifest.json', data: manifestJson }];
    for (const file of files) {
      if (path.basename(file) !== file) {
        console.error(`package.js: ${file} is not at the template's root; Teams reads the package's files from the zip root`);
        process.exit(1);
      }
      const data = fs.readFileSync(path.join(from, file));
      fs.writeFileSync(path.join(staging, file), data);
      entries.push({ name: file, data });
    }

    const problems = validateFolder(staging, { release: true });
    if (problems.length > 0) {
      console.error(`package.js: the filled-in manifest does not validate; no package written:\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }

    const out = path.resolve(args.out);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, zip(entries));
    console.log(`wrote ${out}: ${entries.map(e => e.name).join(', ')} (app id ${manifest.id}, bot id ${manifest.bots[0].botId}, valid domains ${(manifest.validDomains || []).join(', ') || 'none'})`);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

main();
