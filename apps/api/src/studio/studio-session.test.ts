import { createApiKey, revokeApiKey, type ApiKeyRole } from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE, SIGNED_IN_COOKIE } from '../auth/session-cookie.js';
import { bearer } from '../auth/test-support/test-keys.js';
import { BRIEF_HOST, openBriefTestApp, type BriefTestApp } from '../briefs/test-support/brief-test-app.js';
import { FROM_STUDIO, setCookieOf, signIn } from './test-support/sign-in.js';

const EIGHT_HOURS = 8 * 60 * 60;

describe.each(await testDatabases())('studio sessions on $dialect', (database) => {
  let b: BriefTestApp;
  beforeAll(async () => {
    b = await openBriefTestApp(database);
  });
  afterAll(async () => {
    await b.dispose();
  });

  const signInRequest = () => request(b.t.app).post('/studio/session');
  const briefs = (cookie: string) => request(b.t.app).get('/v1/briefs').set('Cookie', cookie);

  it('exchanges a key for a session cookie: 201, HttpOnly, SameSite=Strict, Path=/, a working day long, and its marker', async () => {
    const res = await signInRequest()
      .set(FROM_STUDIO)
      .send({ key: ` ${b.keys.communications}\n` })
      .expect(201)
      .expect('Content-Type', /application\/json/);
    expect(res.body).toEqual({
      name: 'Communications One',
      role: 'communications',
      expires_at: new Date(b.t.now.getTime() + EIGHT_HOURS * 1000).toISOString(),
    });
    expect(res.headers['cache-control']).toBe('no-store');
    const [cookie = '', marker = '', ...more] = setCookieOf(res.headers).split('\n');
    expect(more).toEqual([]);
    const [pair, ...attributes] = cookie.split(/;\s*/);
    expect(pair).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43}$`));
    expect(attributes.sort()).toEqual(['HttpOnly', `Max-Age=${EIGHT_HOURS}`, 'Path=/', 'SameSite=Strict']);
    // The marker says only that this browser signed in, for the studio's page alone, and goes with a link
    // from another site (Lax), where the session cookie does not.
    expect(marker.split(/;\s*/).sort()).toEqual([
      'HttpOnly',
      `Max-Age=${EIGHT_HOURS}`,
      'Path=/studio',
      'SameSite=Lax',
      `${SIGNED_IN_COOKIE}=1`,
    ]);
    // The cookie carries a session id, never the key.
    expect(cookie).not.toContain(b.keys.communications);
    await briefs(pair ?? '').expect(200);
  });

  it('marks the cookie Secure when the request came over https (through a proxy on loopback)', async () => {
    const res = await signInRequest()
      .set(FROM_STUDIO)
      .set('X-Forwarded-Proto', 'https')
      .send({ key: b.keys.editor })
      .expect(201);
    expect(setCookieOf(res.headers).split(/;\s*/)).toContain('Secure');
  });

  it('refuses a wrong, malformed or revoked key (401) and an empty one (400), setting no cookie', async () => {
    const revoked = await createApiKey(b.t.db.db, {
      name: 'Former comms',
      role: 'communications',
      actor: 'test',
      now: b.t.now,
    });
    await revokeApiKey(b.t.db.db, revoked.key.id, b.t.now);
    const last = b.keys.communications.at(-1) === 'A' ? 'B' : 'A';
    for (const key of [b.keys.communications.slice(0, -1) + last, 'not-a-key', revoked.token]) {
      const res = await signInRequest()
        .set(FROM_STUDIO)
        .send({ key })
        .expect(401)
        .expect('Content-Type', /application\/problem\+json/);
      expect(res.body).toMatchObject({
        type: '/docs/problems/invalid-api-key',
        detail: 'The API key is unknown, wrong or revoked',
      });
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    for (const body of [{ key: '' }, {}, { key: b.keys.communications, role: 'admin' }]) {
      const res = await signInRequest().set(FROM_STUDIO).send(body).expect(400);
      expect(res.body.type).toBe('/docs/problems/invalid-parameters');
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('refuses a key whose role may not render briefs (403)', async () => {
    // Roles are stored as text, so that a new one needs no migration: a role the studio does not admit (one
    // added later, say) is refused. The table's type knows only today's roles, hence the cast.
    const other = await createApiKey(b.t.db.db, {
      name: 'Auditor',
      role: 'editor',
      actor: 'test',
      now: b.t.now,
    });
    const laterRole = 'auditor' as ApiKeyRole;
    await b.t.db.db.updateTable('api_keys').set({ role: laterRole }).where('id', '=', other.key.id).execute();
    const res = await signInRequest().set(FROM_STUDIO).send({ key: other.token }).expect(403);
    expect(res.body.type).toBe('/docs/problems/forbidden');
    expect(res.body.detail).toMatch(/communications, editor, admin; this key has the role auditor/);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a sign-in that does not come from the studio: no Sco-Studio header, another origin (403)', async () => {
    const own = { Host: 'observatory.test' };
    const refusals: [Record<string, string>, RegExp][] = [
      [{}, /lacks the Sco-Studio header/],
      [{ 'Sco-Studio': '0' }, /lacks the Sco-Studio header/],
      [{ ...FROM_STUDIO, Origin: 'https://evil.test' }, /comes from https:\/\/evil\.test/],
      [{ ...FROM_STUDIO, Origin: 'https://observatory.test' }, /comes from https:\/\/observatory\.test/],
      [{ ...FROM_STUDIO, Origin: 'null' }, /comes from null/],
      [{ ...FROM_STUDIO, 'Sec-Fetch-Site': 'cross-site' }, /the browser says it is cross-site/],
      [{ ...FROM_STUDIO, 'Sec-Fetch-Site': 'same-site' }, /the browser says it is same-site/],
    ];
    for (const [headers, reason] of refusals) {
      const res = await signInRequest()
        .set(own)
        .set(headers)
        .send({ key: b.keys.communications })
        .expect(403);
      expect(res.body.type).toBe('/docs/problems/cross-site-request');
      expect(res.body.detail).toMatch(reason);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    // From the studio's own page: its origin and same-origin.
    await signInRequest()
      .set(own)
      .set({ ...FROM_STUDIO, Origin: 'http://observatory.test', 'Sec-Fetch-Site': 'same-origin' })
      .send({ key: b.keys.communications })
      .expect(201);
  });

  it('lets the cookie call the brief jobs only, and a write only from the studio (CSRF)', async () => {
    const cookie = await signIn(b.t.app, b.keys.editor);
    await briefs(cookie).expect(200);
    // A write with the cookie but without the studio's header, or from another origin, is refused before it
    // is read; with them it reaches the route (here: a body that is refused as invalid).
    await request(b.t.app)
      .post('/v1/briefs')
      .set('Host', BRIEF_HOST)
      .set('Cookie', cookie)
      .send({})
      .expect(403);
    await request(b.t.app)
      .post('/v1/briefs')
      .set('Host', BRIEF_HOST)
      .set('Cookie', cookie)
      .set({ ...FROM_STUDIO, Origin: 'https://evil.test' })
      .send({})
      .expect(403);
    await request(b.t.app)
      .post('/v1/briefs')
      .set('Host', BRIEF_HOST)
      .set('Cookie', cookie)
      .set(FROM_STUDIO)
      .send({})
      .expect(400);
    // The editor's session is no editor's key: it neither reads the draft nor edits.
    await request(b.t.app).get('/v1/agreements?state=draft').set('Cookie', cookie).expect(401);
    await request(b.t.app).post('/v1/agreements').set('Cookie', cookie).set(FROM_STUDIO).send({}).expect(401);
    await request(b.t.app).get('/v1/agreements?state=draft').set(bearer(b.keys.editor)).expect(200);
  });

  it('ends the session on sign-out (204, cookie removed); without the studio header, not (403)', async () => {
    const cookie = await signIn(b.t.app, b.keys.communications);
    const refused = await request(b.t.app).delete('/studio/session').set('Cookie', cookie).expect(403);
    expect(refused.body.type).toBe('/docs/problems/cross-site-request');
    await briefs(cookie).expect(200);

    const res = await request(b.t.app)
      .delete('/studio/session')
      .set('Cookie', cookie)
      .set(FROM_STUDIO)
      .expect(204);
    expect(res.headers['cache-control']).toBe('no-store');
    const [session = '', marker = ''] = setCookieOf(res.headers).split('\n');
    const cleared = session.split(/;\s*/);
    expect(cleared[0]).toBe(`${SESSION_COOKIE}=`);
    expect(cleared).toEqual(expect.arrayContaining(['Max-Age=0', 'Path=/', 'HttpOnly', 'SameSite=Strict']));
    expect(marker.split(/;\s*/)).toEqual(
      expect.arrayContaining([`${SIGNED_IN_COOKIE}=`, 'Max-Age=0', 'Path=/studio']),
    );
    await briefs(cookie).expect(401);
    // Signing out without a session (or twice) is no error.
    await request(b.t.app).delete('/studio/session').set('Cookie', cookie).set(FROM_STUDIO).expect(204);
    await request(b.t.app).delete('/studio/session').set(FROM_STUDIO).expect(204);
  });

  it('ends a session after a working day, and with its key', async () => {
    const cookie = await signIn(b.t.app, b.keys.communications2);
    const start = b.t.now;
    try {
      b.t.now = new Date(start.getTime() + EIGHT_HOURS * 1000 - 1000);
      await briefs(cookie).expect(200);
      b.t.now = new Date(start.getTime() + EIGHT_HOURS * 1000);
      await briefs(cookie).expect(401);
    } finally {
      b.t.now = start;
    }
    const key = await createApiKey(b.t.db.db, {
      name: 'Temp',
      role: 'communications',
      actor: 'test',
      now: start,
    });
    const other = await signIn(b.t.app, key.token);
    await briefs(other).expect(200);
    await revokeApiKey(b.t.db.db, key.key.id, start);
    await briefs(other).expect(401);
    // A cookie that is no session id at all is anonymous too.
    await briefs(`${SESSION_COOKIE}=not-a-session`).expect(401);
  });
});
