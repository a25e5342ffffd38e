/**
 * The global (one per isolated world) where the content script's stages leave what they hand one another: the first
 * stage and the second (src/content/stages.ts), and the background when it brings the second stage in itself
 * (src/background/handlers/load-main.ts injectMainStage).
 */
export const STAGES_KEY = '__crosscheckStages';
