package org.smartpick.engine;

/** A point on the Earth in decimal degrees (WGS 84), with great-circle distances between points. */
public record GeoPoint(double latitude, double longitude) {
    /** Mean Earth radius in statute miles (IUGG mean radius 6,371.0088 km). */
    static final double EARTH_RADIUS_MILES = 3958.7613;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90, got " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180, got " + longitude);
        }
    }

    /** Great-circle distance in miles by the haversine formula (accurate to about 0.5% on the sphere model). */
    public double milesTo(GeoPoint other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
