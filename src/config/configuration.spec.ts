import { loadConfiguration } from './configuration';
import { declaredKeys, Environment } from './environment';

describe('loadConfiguration', () => {
  it('keeps every declared key, including optional keys without a default', () => {
    const optional = ['SMTP_URL', 'JWT_SECRET', 'ADMIN_EMAIL', 'ADMIN_PASSWORD'];
    const keys = declaredKeys();
    expect(keys).toEqual(expect.arrayContaining([...Object.keys(new Environment()), ...optional]));
    const configuration = loadConfiguration({
      SMTP_URL: 'smtp://mail.test:25',
      JWT_SECRET: 'khoa-ky-thu-nghiem',
      ADMIN_EMAIL: 'quantri@test.vn',
      ADMIN_PASSWORD: 'Mat-khau-quan-tri-dai',
    });
    for (const key of optional) expect(configuration.environment[key as keyof Environment]).toBeDefined();
  });

  it('groups keys by area and converts them once', () => {
    const configuration = loadConfiguration({
      DATABASE_URL: 'postgres://u@127.0.0.1:5432/ubnd',
      APP_URL: 'https://ubnd.test/',
      CORS_ORIGINS: 'https://a.test, https://b.test',
      WORKER: 'off',
      PORT: '8080',
      SQLITE_READERS: '3',
      POSTGRES_PREPARED_STATEMENTS: 'off',
    });
    expect(configuration.database).toEqual({
      url: 'postgres://u@127.0.0.1:5432/ubnd',
      kind: 'postgres',
      logging: false,
      readers: 3,
      keepPrepared: false,
    });
    expect(configuration.app).toMatchObject({ appUrl: 'https://ubnd.test', port: 8080, isProduction: false });
    expect(configuration.http.corsOrigins).toEqual(['https://a.test', 'https://b.test']);
    expect(configuration.worker.runs).toBe(false);
    expect(Object.isFrozen(configuration.mail)).toBe(true);
  });

  it('points links at the port the app listens on when APP_URL is not set', () => {
    expect(loadConfiguration({ PORT: '3999' }).app.appUrl).toBe('http://localhost:3999');
    expect(loadConfiguration({}).app.appUrl).toBe('http://localhost:3000');
    expect(loadConfiguration({ PORT: '3999', APP_URL: 'https://ubnd.test' }).app.appUrl).toBe('https://ubnd.test');
  });

  it('reads only the variables it is given, not the process environment', () => {
    const before = process.env.QUEUE_PREFIX;
    process.env.QUEUE_PREFIX = 'tu_moi_truong';
    try {
      expect(loadConfiguration({}).redis.queuePrefix).toBe('ubnd');
    } finally {
      if (before === undefined) delete process.env.QUEUE_PREFIX;
      else process.env.QUEUE_PREFIX = before;
    }
  });

  it('names the sender after PROVINCE_NAME unless MAIL_FROM is given', () => {
    expect(loadConfiguration({}).mail).toMatchObject({
      province: 'tỉnh Bắc Kạn',
      from: 'Văn phòng UBND tỉnh Bắc Kạn <no-reply@localhost>',
    });
    expect(loadConfiguration({ PROVINCE_NAME: 'tỉnh Thái Nguyên' }).mail.from).toBe(
      'Văn phòng UBND tỉnh Thái Nguyên <no-reply@localhost>',
    );
    expect(loadConfiguration({ MAIL_FROM: 'VP <vp@tn.gov.vn>' }).mail.from).toBe('VP <vp@tn.gov.vn>');
  });

  it('names every bad key at once', () => {
    expect(() => loadConfiguration({ PORT: 'x', LOG_FORMAT: 'xml' })).toThrow(
      /PORT[\s\S]*LOG_FORMAT|LOG_FORMAT[\s\S]*PORT/,
    );
  });
});
