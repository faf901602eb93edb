package dev.stash2plex.provider.testing;

import java.util.List;

/** The vocabulary {@link FakeLibrary} builds names and titles from; plain words, chosen to read like a real library. */
final class FakeLibraryWords {

    static final List<String> TITLE_WORDS = List.of(
            "Morning", "Light", "Harbor", "Summer", "Rain", "Window", "Garden", "River", "Night", "Echo",
            "Velvet", "Stone", "Silver", "Shadow", "Open", "Road", "Quiet", "Storm", "Golden", "Hour",
            "Paper", "Moon", "Second", "Chance", "Lost", "Weekend", "City", "Lights", "Blue", "Room",
            "First", "Meeting", "Late", "Train", "Salt", "Water", "Wild", "Coast", "Hidden", "Door",
            "Winter", "Cabin", "Red", "Dress", "Long", "Way", "Home", "Sunset", "Drive", "Private",
            "Lesson", "Secret", "Garden", "Hotel", "Lobby", "Office", "Hours", "Pool", "Party", "Studio",
            "Session", "Back", "Stage", "Rooftop", "View", "Midnight", "Call", "Slow", "Dance", "Beach",
            "House", "Mirror", "Games", "Sweet", "Talk", "Double", "Date", "Lucky", "Break", "Country",
            "Escape", "Bright", "Eyes", "Soft", "Focus", "Warm", "Welcome", "Day", "Off", "Road",
            "Trip", "Last", "Dance", "Little", "Things", "Cold", "Feet", "Fresh", "Start", "Good", "Company");

    static final List<String> STUDIO_FIRST = List.of(
            "Blue", "Harbor", "North", "Velvet", "Silver", "Prime", "Urban", "Golden", "Red", "Open",
            "Lunar", "Solar", "Crystal", "Iron", "Wild", "Coastal", "Quiet", "Bright", "Cedar", "Maple",
            "Atlas", "Nova", "Echo", "Vista", "Summit", "Harvest", "Copper", "Ivory", "Onyx", "Amber",
            "Pacific", "Alpine", "Delta", "Metro", "Royal", "Neon", "Sterling", "Willow", "Falcon", "Orchid");

    static final List<String> STUDIO_SECOND = List.of(
            "Studios", "Films", "Pictures", "Media", "Productions", "Works", "House", "Lab", "Collective", "Cinema",
            "Entertainment", "Originals", "Digital", "Vision", "Frames", "Reels", "Lens", "Scene", "Stage", "Light",
            "Channel", "Network", "Creations", "Motion", "Features", "Records", "Arts", "Images", "Shots", "Tapes",
            "Club", "Society", "Guild", "Group", "Room", "Box", "Point", "Line", "Field", "Yard");

    static final List<String> FIRST_NAMES = List.of(
            "Ava", "Mia", "Lena", "Nora", "Zoe", "Iris", "Ella", "Ruby", "Lily", "Emma",
            "Chloe", "Grace", "Alice", "Clara", "Maya", "Luna", "Stella", "Hazel", "Violet", "Aria",
            "Jade", "Nina", "Sofia", "Eva", "Julia", "Rosa", "Vera", "Lara", "Tess", "Dana",
            "Max", "Leo", "Sam", "Jack", "Noah", "Liam", "Owen", "Eli", "Finn", "Luke",
            "Adam", "Ben", "Cole", "Dean", "Evan", "Gabe", "Hugo", "Ian", "Jude", "Kai",
            "Milo", "Nico", "Oscar", "Paul", "Reid", "Seth", "Theo", "Victor", "Wes", "Zane",
            "Alex", "Robin", "Jordan", "Casey");

    static final List<String> LAST_NAMES = List.of(
            "Stone", "Rivers", "Lane", "Brooks", "Hart", "Cross", "Fox", "Wilde", "Knight", "Frost",
            "Blake", "Monroe", "Vale", "Gray", "Woods", "Reed", "Marsh", "Hayes", "Quinn", "Rhodes",
            "Shaw", "Storm", "Sky", "Moon", "Rose", "Bell", "Day", "Snow", "West", "North",
            "Love", "Sterling", "Steele", "Black", "White", "Green", "Young", "King", "Lake", "Hill",
            "Dale", "Ford", "Grant", "Heath", "Ivy", "James", "Kane", "Lowe", "Mills", "Nash",
            "Page", "Price", "Ray", "Sage", "Tate", "Vance", "Ward", "York", "Cruz", "Diaz",
            "Silva", "Costa", "Moreau", "Laurent");

    static final List<String> TAG_WORDS = List.of(
            "Outdoor", "Indoor", "Romantic", "Classic", "Vintage", "Modern", "Cinematic", "Amateur", "Professional", "4K",
            "HD", "VR", "Behind The Scenes", "Interview", "Solo", "Couple", "Group", "Story", "Comedy", "Drama",
            "Beach", "Pool", "Hotel", "Office", "Kitchen", "Bedroom", "Garden", "Car", "Night", "Morning",
            "Sunset", "Rain", "Winter", "Summer", "Holiday", "Party", "Dance", "Music", "Costume", "Uniform",
            "Lingerie", "Casual", "Formal", "Sporty", "Glamour", "Artistic", "Black And White", "Slow Motion", "POV", "Close Up",
            "Long Take", "Compilation", "Series", "Pilot", "Finale", "Featured", "Favorite", "Unrated", "Remastered", "Extended");

    private FakeLibraryWords() {
    }
}
