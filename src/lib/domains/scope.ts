import { scopeWords } from '../text/labels';

/**
 * The words for a figure's scope when it is not the city: "福建省（背景）" / "Fujian province (context)",
 * "九龙江全流域" / "whole Jiulong River basin". An unknown scope shows its id, so it is never hidden.
 */
export function scopeLabel(scope: string): string {
	return scopeWords(scope);
}
