#!/usr/bin/env node
// Validates a Teams app package folder (manifest.json, its icons and localisation files) the way Teams will read it:
//  1. manifest.json against the official schema of its manifestVersion, shipped in npm @microsoft/app-manifest
//     (draft-04, checked with Ajv as that package does);
//  2. each localisation file against the official localisation schema of the same version, and each of its keys
//     naming a text that exists in manifest.json;
//  3. the icons: PNG files, colour 192×192, outline 32×32 with only white or transparent pixels.
// With --release it also refuses what only a template may hold: the nil GUID as app or bot id, and domains under the
// reserved .example top-level domain.
// Usage: node validate-manifest.js [--release] <folder>
// Prints {"problems":[…]} and exits 1 when there is any problem, 2 on bad usage.
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const Ajv04 = require('ajv-draft-04').default;
const addFormats = require('ajv-formats').default;

const SCHEMA_ROOT = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
const NIL_GUID = '00000000-0000-0000-0000-000000000000';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function schemaFile(version, name) {
  return path.join(SCHEMA_ROOT, 'build', 'json-schemas', 'teams', `v${version}`, name);
}

function compile(file) {
  // The official schemas carry keywords Ajv's strict mode rejects, and patterns written for JavaScript's non-unicode
  // regexes (the localisation schema's \[\b(…)\b] is a syntax error with the u flag).
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(fs.readFileSync(file, 'utf8')));
}

function schemaProblems(validate, json, label) {
  if (validate(json)) {
    return [];
  }
  return validate.errors.map(e => `${label} schema ${e.instancePath || '/'}: ${e.message}${e.params && Object.keys(e.params).length ? ' ' + JSON.stringify(e.params) : ''}`);
}

function readJson(file, label, problems) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${label}: ${error.code === 'ENOENT' ? 'missing' : 'not JSON: ' + error.message}`);
    return undefined;
  }
}

/** Decodes an 8-bit RGBA or RGB PNG (any row filter) to {width, height, colorType, pixels} or throws. */
function decodePng(buffer) {
  if (buffer.length < 8 || !buffer.subarray(0, 8).equals(PNG_SIGNATURE)) {
    throw new Error('not a PNG file');
  }
  let offset = 8;
  let header;
  const data = [];
  while (offset + 8 <= buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('ascii', offset + 4, offset + 8);
    const body = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), bitDepth: body[8], colorType: body[9], interlace: body[12] };
    } else if (type === 'IDAT') {
      data.push(body);
    }
    offset += 12 + length;
  }
  if (!header) {
    throw new Error('no IHDR chunk');
  }
  const channels = { 2: 3, 6: 4 }[header.colorType];
  if (header.bitDepth !== 8 || !channels || header.interlace !== 0) {
    throw new Error(`unsupported PNG layout (bit depth ${header.bitDepth}, colour type ${header.colorType}, interlace ${header.interlace}); use 8-bit RGB or RGBA`);
  }
  const raw = zlib.inflateSync(Buffer.concat(data));
  const stride = header.width * channels;
  const pixels = Buffer.alloc(header.height * stride);
  for (let y = 0; y < header.height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x];
      const left = x >= channels ? pixels[y * stride + x - channels] : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const upLeft = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      let predictor;
      switch (filter) {
        case 0: predictor = 0; break;
        case 1: predictor = left; break;
        case 2: predictor = up; break;
        case 3: predictor = (left + up) >> 1; break;
        case 4: {
          const p = left + up - upLeft;
          const pa = Math.abs(p - left), pb = Math.abs(p - up), pc = Math.abs(p - upLeft);
          predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
          break;
        }
        default: throw new Error(`unknown PNG row filter ${filter}`);
      }
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  return { width: header.width, height: header.height, channels, pixels };
}

function iconProblems(folder, manifest) {
  const problems = [];
  const expected = { color: 192, outline: 32 };
  for (const [kind, size] of Object.entries(expected)) {
    const name = manifest.icons && manifest.icons[kind];
    if (typeof name !== 'string') {
      continue; // the schema reports it
    }
    let image;
    try {
      image = decodePng(fs.readFileSync(path.join(folder, name)));
    } catch (error) {
      problems.push(`icons.${kind} ${name}: ${error.code === 'ENOENT' ? 'missing' : error.message}`);
      continue;
    }
    if (image.width !== size || image.height !== size) {
      problems.push(`icons.${kind} ${name}: is ${image.width}×${image.height}, Teams needs ${size}×${size}`);
    }
    if (kind === 'outline') {
      let coloured = 0;
      let opaqueEverywhere = image.channels === 3;
      for (let i = 0; i < image.pixels.length; i += image.channels) {
        const alpha = image.channels === 4 ? image.pixels[i + 3] : 255;
        if (alpha > 0 && (image.pixels[i] !== 255 || image.pixels[i + 1] !== 255 || image.pixels[i + 2] !== 255)) {
          coloured++;
        }
      }
      if (image.channels === 4) {
        opaqueEverywhere = true;
        for (let i = 3; i < image.pixels.length; i += 4) {
          if (image.pixels[i] !== 255) {
            opaqueEverywhere = false;
            break;
          }
        }
      }
      if (coloured > 0) {
        problems.push(`icons.outline ${name}: ${coloured} visible pixels are not white; Teams needs white on transparent`);
      }
      if (opaqueEverywhere) {
        problems.push(`icons.outline ${name}: has no transparent pixels; Teams needs white on transparent`);
      }
    }
  }
  return problems;
}

/** The value at a localisation key such as "bots[0].commandLists[0].commands[1].title", or undefined. */
function valueAt(manifest, key) {
  let node = manifest;
  for (const part of key.split('.')) {
    const match = /^([A-Za-z][A-Za-z0-9]*)((?:\[\d+\])*)$/.exec(part);
    if (!match || node === null || typeof node !== 'object') {
      return undefined;
    }
    node = node[match[1]];
    for (const index of match[2].match(/\d+/g) || []) {
      node = Array.isArray(node) ? node[Number(index)] : undefined;
    }
  }
  return node;
}

function localizationProblems(folder, manifest) {
  const info = manifest.localizationInfo;
  if (!info) {
    return [];
  }
  const problems = [];
  const validate = compile(schemaFile(manifest.manifestVersion, 'MicrosoftTeams.Localization.schema.json'));
  const expectedSchema = `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.Localization.schema.json`;
  const files = [...(info.defaultLanguageFile ? [{ languageTag: info.defaultLanguageTag, file: info.defaultLanguageFile }] : []), ...(info.additionalLanguages || [])];
  const tags = new Set([String(info.defaultLanguageTag).toLowerCase()]);
  for (const { languageTag, file } of info.additionalLanguages || []) {
    if (tags.has(String(languageTag).toLowerCase())) {
      problems.push(`localizationInfo: language ${languageTag} appears twice`);
    }
    tags.add(String(languageTag).toLowerCase());
  }
  for (const { languageTag, file } of files) {
    const label = `${file} (${languageTag})`;
    const json = readJson(path.join(folder, file), label, problems);
    if (json === undefined) {
      continue;
    }
    problems.push(...schemaProblems(validate, json, label));
    if (json.$schema !== expectedSchema) {
      problems.push(`${label}: $schema is ${json.$schema}, expected ${expectedSchema}`);
    }
    for (const key of Object.keys(json).filter(k => k !== '$schema' && k !== 'localizationKeys')) {
      if (typeof valueAt(manifest, key) !== 'string') {
        problems.push(`${label}: key ${key} names no text in manifest.json`);
      }
    }
  }
  return problems;
}

function releaseProblems(manifest) {
  const problems = [];
  if (String(manifest.id).toLowerCase() === NIL_GUID) {
    problems.push('id is the template placeholder 00000000-0000-0000-0000-000000000000: give the app a GUID of its own (the packager uses the bot id unless told otherwise)');
  }
  for (const [index, bot] of (manifest.bots || []).entries()) {
    if (String(bot.botId).toLowerCase() === NIL_GUID) {
      problems.push(`bots[${index}].botId is the template placeholder 00000000-0000-0000-0000-000000000000: use the Microsoft App ID of the Azure Bot`);
    }
  }
  for (const domain of manifest.validDomains || []) {
    if (/\.example$/i.test(domain)) {
      problems.push(`validDomains: ${domain} is a placeholder under .example: use the host that serves /api/messages`);
    }
  }
  return problems;
}

/** Every problem of the package folder; an empty list when Teams would accept it. */
function validateFolder(folder, options = {}) {
  const problems = [];
  const manifest = readJson(path.join(folder, 'manifest.json'), 'manifest.json', problems);
  if (manifest === undefined) {
    return problems;
  }
  const version = manifest.manifestVersion;
  if (typeof version !== 'string' || !fs.existsSync(schemaFile(version, 'MicrosoftTeams.schema.json'))) {
    return [...problems, `manifest.json: manifestVersion ${JSON.stringify(version)} has no schema in @microsoft/app-manifest`];
  }
  const expectedSchema = `https://developer.microsoft.com/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;
  if (manifest.$schema !== expectedSchema) {
    problems.push(`manifest.json: $schema is ${manifest.$schema}, expected ${expectedSchema}`);
  }
  problems.push(...schemaProblems(compile(schemaFile(version, 'MicrosoftTeams.schema.json')), manifest, 'manifest.json'));
  problems.push(...iconProblems(folder, manifest));
  problems.push(...localizationProblems(folder, manifest));
  if (options.release) {
    problems.push(...releaseProblems(manifest));
  }
  return problems;
}

module.exports = { validateFolder, decodePng };

if (require.main === module) {
  const args = process.argv.slice(2);
  const release = args.includes('--release');
  const folders = args.filter(a => a !== '--release');
  if (folders.length !== 1) {
    console.error('usage: node validate-manifest.js [--release] <folder with manifest.json>');
    process.exit(2);
  }
  const problems = validateFolder(folders[0], { release });
  process.stdout.write(JSON.stringify({ problems }) + '\n');
  process.exitCode = problems.length > 0 ? 1 : 0;
}
