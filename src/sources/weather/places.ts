/**
 * Preset places for tag-only use (`places="ha-noi,da-nang,tp-ho-chi-minh"`): the six
 * centrally-governed cities, with Vietnamese names, English names where they differ, and the
 * coordinates of their centres. Any other place can be given as an object.
 */
export interface PlacePreset {
  id: string;
  /** Vietnamese name. */
  name: string;
  /** English name, where it differs. */
  nameEn?: string;
  latitude: number;
  longitude: number;
}

export const PLACE_PRESETS: readonly PlacePreset[] = [
  { id: 'ha-noi', name: 'Hà Nội', nameEn: 'Hanoi', latitude: 21.0285, longitude: 105.8542 },
  { id: 'hai-phong', name: 'Hải Phòng', nameEn: 'Hai Phong', latitude: 20.8449, longitude: 106.6881 },
  { id: 'hue', name: 'Huế', nameEn: 'Hue', latitude: 16.4637, longitude: 107.5909 },
  { id: 'da-nang', name: 'Đà Nẵng', nameEn: 'Da Nang', latitude: 16.0544, longitude: 108.2022 },
  {
    id: 'tp-ho-chi-minh',
    name: 'TP Hồ Chí Minh',
    nameEn: 'Ho Chi Minh City',
    latitude: 10.8231,
    longitude: 106.6297,
  },
  { id: 'can-tho', name: 'Cần Thơ', nameEn: 'Can Tho', latitude: 10.0452, longitude: 105.7469 },
];

/** The preset with this id, or undefined. */
export const placePreset = (id: string): PlacePreset | undefined =>
  PLACE_PRESETS.find((preset) => preset.id === id.trim());
