package dev.stash2plex.provider.stash;
import java.util.*;
public final class HttpStashClient implements StashClient {
  public HttpStashClient(StashConnection c) {}
  public StashVersion version() throws StashException { throw new StashException.Unreachable("stub", null); }
  public Optional<Scene> findScene(String id) throws StashException { throw new StashException.Unreachable("stub", null); }
  public List<SceneHit> findScenesByPath(String p) throws StashException { throw new StashException.Unreachable("stub", null); }
  public List<SceneHit> findScenesByBasename(String p) throws StashException { throw new StashException.Unreachable("stub", null); }
  public List<SceneHit> searchScenes(String t, int l) throws StashException { throw new StashException.Unreachable("stub", null); }
  public StashImage fetchImage(ImageKind k, String id) throws StashException { throw new StashException.Unreachable("stub", null); }
}
