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

// id, name, English name ('' = same), latitude, longitude
const TABLE =
  'ha-noi|Hà Nội|Hanoi|21.0285|105.8542;hai-phong|Hải Phòng|Hai Phong|20.8449|106.6881;hue|Huế|Hue|16.4637|107.5909;da-nang|Đà Nẵng|Da Nang|16.0544|108.2022;tp-ho-chi-minh|TP Hồ Chí Minh|Ho Chi Minh City|10.8231|106.6297;can-tho|Cần Thơ|Can Tho|10.0452|105.7469';

export const PLACE_PRESETS: readonly PlacePreset[] = TABLE.split(';').map((row) => {
  const [id, name, nameEn, lat, lon] = row.split('|') as [string, string, string, string, string];
  return { id, name, ...(nameEn && { nameEn }), latitude: Number(lat), longitude: Number(lon) };
});

/** The preset with this id, or undefined. */
export const placePreset = (id: string): PlacePreset | undefined =>
  PLACE_PRESETS.find((p) => p.id === id.trim());
