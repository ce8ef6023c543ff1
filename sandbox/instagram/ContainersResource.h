#pragma once

namespace onair::sandbox {

class InstagramService;

// POST {ig-user-id}/media (a single image container: image_url + caption, the image fetched
// through the kernel's media URL table), GET {ig-user-id}/media (the posts, newest first) and
// GET {id} (a container's status_code/status, or a post's fields and permalink).
class ContainersResource
{
public:
    static void registerMethods(InstagramService &service);
};

} // namespace onair::sandbox
