/**
 * The reader's settings as the page sees them: read once (the defaults when they can't be read), then kept current by
 * the settings-changed listener, which also tells the controller.
 */
import { SETTINGS_DEFAULTS, type Settings } from '../contracts/settings.js';

export interface SettingsSource {
  getSettings(): Promise<Settings>;
  onSettingsChanged(cb: (s: Settings) => void): () => void;
}

export class PageSettings {
  private settings: Settings | null = null;
  private unlisten: (() => void) | null = null;

  constructor(
    private readonly source: SettingsSource,
    private readonly changed: (s: Settings) => void,
  ) {}

  async load(): Promise<Settings> {
    if (this.settings) return this.settings;
    try {
      this.settings = await this.source.getSettings();
    } catch {
      this.settings = { ...SETTINGS_DEFAULTS, disabledSites: [] };
    }
    this.unlisten ??= this.source.onSettingsChanged((s) => {
      this.settings = s;
      this.changed(s);
    });
    return this.settings;
  }

  stop(): void {
    this.unlisten?.();
  }
}
